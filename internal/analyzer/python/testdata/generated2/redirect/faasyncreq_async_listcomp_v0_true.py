# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=async_listcomp sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


async def chars(value):
    for c in value:
        yield c


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = "".join([c async for c in chars(param)])
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
