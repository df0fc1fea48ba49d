# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=form shape=verify_flag_const_on expected=false
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]
VERIFY_JWT = True


@app.post("/00204")
async def benchmark_test_00204(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": VERIFY_JWT})
    result = claims.get("sub")
    return {"result": str(result)}
