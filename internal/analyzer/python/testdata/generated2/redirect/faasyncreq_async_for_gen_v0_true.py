# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=async_for_gen sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


async def agen(value):
    yield value


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
