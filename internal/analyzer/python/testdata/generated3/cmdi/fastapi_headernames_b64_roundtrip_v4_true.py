# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=headernames propagation=b64_roundtrip sink=v4 expected=true
import base64
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00107")
def benchmark_test_00107(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return {"result": str(result)}
