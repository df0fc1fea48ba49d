"""Settings of the ledger service.

Read from the environment (LEDGER_*) with defaults for local development.
Lines the configuration analyzer may report carry an `expect-config:` note
(the Python fixture test does not run that analyzer).
"""
from typing import Optional

from pydantic_settings import BaseSettings, SettingsConfigDict

# Old deployments still read these module constants directly.
JWT_SECRET = "ledger-jwt-secret-2022"  # expect-config: CFG-PY-SECRET-KEY-HARDCODED (not reported, see triage)
PARTNER_VERIFY_TLS = False
EGRESS_PROXY = "http://egress.internal:3128"
UPLOAD_DIR = "/var/lib/ledger/uploads"
EXPORT_DIR = "/var/lib/ledger/exports"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_", env_file=".env")

    database_url: str = "postgresql+psycopg2://ledger:ledger@db:5432/ledger"
    jwt_secret: str = JWT_SECRET
    jwt_algorithm: str = "HS256"
    token_ttl_minutes: int = 60 * 24
    webhook_verify_tls: bool = True
    webhook_timeout: float = 5.0
    smtp_host: str = "mail.internal"
    smtp_password: str = "Sup3rSecret!"
    admin_api_key: Optional[str] = None
    legacy_admin_enabled: bool = True


settings = Settings()
