# Weak cipher FALSE: "ECB"/"DES" only appear in a policy list used for validation
FORBIDDEN_MODES = {"ECB", "DES", "RC4"}


def validate_config(cfg: dict) -> None:
    if cfg.get("mode", "GCM").upper() in FORBIDDEN_MODES:
        raise ValueError("insecure cipher configuration")
