# generated case (gen8): category=cmdi rule=PY-CMDI fw=fastapi shape=fastapi_await_form expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi_fastapi_await_form")
async def case_fastapi_await_form(request: Request):
    form = await request.form()
    host = form.get("host", "localhost")
    rc = os.system(f"ping -c 1 {host}")  # want: PY-CMDI
    return {"rc": rc}
