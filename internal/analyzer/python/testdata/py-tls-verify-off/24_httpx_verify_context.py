# TLS verify off FALSE: httpx client with verify set to an SSL context built from a CA file
import ssl

import httpx

ctx = ssl.create_default_context(cafile="/etc/ssl/certs/internal-ca.pem")


def inventory_client() -> httpx.Client:
    return httpx.Client(base_url="https://inventory.internal", verify=ctx, proxy="http://egress.internal:3128")
