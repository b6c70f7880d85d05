"""One source of truth for the app's name and id (read by the app and the packaging)."""

APP_NAME = "Porchlight"
APP_ID = "org.porchlight.Porchlight"
ORGANIZATION = "Porchlight"
