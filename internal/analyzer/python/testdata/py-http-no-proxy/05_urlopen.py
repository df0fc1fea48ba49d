# SSRF-2: urllib.request.urlopen to a fixed feed URL (no ProxyHandler opener)
import json
import urllib.request


def load_holidays(year: int) -> list:
    with urllib.request.urlopen(f"https://date.example.com/api/v3/PublicHolidays/{year}/DE", timeout=10) as resp:  # want: PY-HTTP-NO-PROXY
        return json.load(resp)
