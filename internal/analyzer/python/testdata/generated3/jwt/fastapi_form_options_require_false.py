# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=form variant=options_require expected=false
import jwt
import os

from fastapi import FastAPI, Request

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]


@app.post("/00787")
async def benchmark_test_00787(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    result = claims.get("sub")
    return {"result": str(result)}
