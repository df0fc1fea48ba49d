# gen2_fastapi_async: async services; one converts to int
import requests

from .db import get_db

PROXIES = {"https": "http://egress.internal:3128"}


async def find_user(name):
    return await get_db().fetch_user(name)


async def list_users(raw_limit):
    return await get_db().fetch_count(int(raw_limit))


async def fetch_preview(url):
    return requests.get(url, proxies=PROXIES, timeout=5).status_code  # want: PY-SSRF


async def fetch_fixed(path):
    return requests.get("https://api.example.com/" + path, proxies=PROXIES, timeout=5).status_code  # safe: PY-SSRF
