# Log secret FALSE: constant log lines around credential handling
import logging

log = logging.getLogger("vault")


def rotate(client, api_key):
    log.info("rotating API key")
    client.rotate(api_key)
    log.info("API key rotated successfully")
