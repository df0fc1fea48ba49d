# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=await_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


async def normalize(value):
    return "safe"


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = await normalize(param)
    return RedirectResponse(bar)
