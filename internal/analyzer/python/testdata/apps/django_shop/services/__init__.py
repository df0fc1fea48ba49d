"""Helpers the views call: files, imports, notifications, payments."""
