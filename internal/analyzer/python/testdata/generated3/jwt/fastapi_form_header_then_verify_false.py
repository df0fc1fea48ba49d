# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=form variant=header_then_verify expected=false
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]
KEYS = {"v1": os.environ["JWT_KEY_V1"]}


@app.post("/00638")
async def benchmark_test_00638(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    header = jwt.get_unverified_header(bar)
    key = KEYS.get(header.get("kid"), JWT_KEY)
    claims = jwt.decode(bar, key, algorithms=["HS256"])
    result = claims.get("sub")
    return {"result": str(result)}
