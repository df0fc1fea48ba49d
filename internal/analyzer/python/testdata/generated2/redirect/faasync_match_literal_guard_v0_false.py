# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=match_literal_guard sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    return RedirectResponse(bar)
