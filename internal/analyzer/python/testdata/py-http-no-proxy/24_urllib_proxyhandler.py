# SSRF-2 FALSE: urllib opener built with an explicit ProxyHandler
import json
import urllib.request

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({"https": "http://egress.internal:3128"}))


def load_holidays(year: int) -> list:
    with OPENER.open(f"https://date.example.com/api/v3/PublicHolidays/{year}/DE", timeout=10) as resp:
        return json.load(resp)
