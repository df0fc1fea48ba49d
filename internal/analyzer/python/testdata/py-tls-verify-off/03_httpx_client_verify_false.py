# TLS verify off: httpx.Client(verify=False)
import httpx


def inventory_client() -> httpx.Client:
    return httpx.Client(base_url="https://inventory.internal", verify=False, proxy="http://egress.internal:3128")  # want: PY-TLS-VERIFY-OFF
