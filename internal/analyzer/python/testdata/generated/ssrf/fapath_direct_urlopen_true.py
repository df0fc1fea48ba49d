# generated case: rule=PY-SSRF source=fapath propagation=direct sink=urlopen expected=true
import urllib.request

from fastapi import FastAPI

app = FastAPI()


@app.get("/ssrf/{p}")
def handle_ssrf(p: str):
    param = p
    bar = param
    with urllib.request.urlopen(bar, timeout=5) as fh:  # want: PY-SSRF PY-HTTP-NO-PROXY
        result = fh.status
    return {"result": result}
