# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=headernames propagation=direct sink=safe0 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00119")
def benchmark_test_00119(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
