# Safe: the update is only stored for a reviewed deployment, never run here
import os

import requests


def stage_update(url, target_dir):
    resp = requests.get(url, timeout=30, proxies={"https": "http://proxy:3128"})
    os.makedirs(target_dir, exist_ok=True)
    with open(os.path.join(target_dir, "update.tar.gz"), "wb") as fh:
        fh.write(resp.content)
