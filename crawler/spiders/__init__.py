"""Spiders of the bulletin archiver (`portal` crawls profiled portals)."""
