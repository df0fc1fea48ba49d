# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=match_const_branches sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    return RedirectResponse(bar)
