# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=querystring shape=options_turned_back_on expected=false
import jwt
import os
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.get("/00205")
def benchmark_test_00205(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    opts = {"verify_signature": False}
    opts["verify_signature"] = True
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=opts)
    result = claims.get("sub")
    return {"result": str(result)}
