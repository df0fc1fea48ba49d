# generated case: rule=PY-CMDI source=faquery propagation=allowlist_logonly sink=v0 expected=true
import logging
import subprocess

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/cmdi")
def handle_cmdi(p: str = ""):
    param = p
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
