"""The guide pane: the discussion guide for each audience, editable in place."""
