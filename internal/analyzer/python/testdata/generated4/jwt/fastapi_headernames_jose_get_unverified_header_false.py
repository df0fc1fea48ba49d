# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=headernames shape=jose_get_unverified_header sink=config expected=false
import os

from fastapi import FastAPI, Request
from jose import jwt as jose_jwt

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
KEYS = {"v1": os.environ["JWT_KEY_V1"]}


@app.get("/00607")
def benchmark_test_00607(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    header = jose_jwt.get_unverified_header(bar)
    claims = jose_jwt.decode(bar, KEYS[header["kid"]], algorithms=["RS256"])
    result = claims.get("sub")
    return {"result": str(result)}
