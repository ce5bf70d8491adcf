"""Printed documents (reportlab): Vietnamese Party document layout, embedded fonts, A4."""
