# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookie shape=fastapi_bool_flag sink=specific expected=false
import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])


@app.get("/case-00330")
async def case_00330(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    request.session["beta"] = bar == "yes"
    result = True
    return {"result": str(result)}
