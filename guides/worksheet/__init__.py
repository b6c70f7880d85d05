"""Printable worksheets: participant, leader, couple and session editions as PDF, Markdown or HTML."""
