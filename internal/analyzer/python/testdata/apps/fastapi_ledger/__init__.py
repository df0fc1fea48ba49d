"""Ledger: invoices and accounts for small businesses (FastAPI)."""
