# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=headernames propagation=allowlist_ternary sink=v4 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00103")
def benchmark_test_00103(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param if param in ("alpha", "beta") else "alpha"
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return {"result": str(result)}
