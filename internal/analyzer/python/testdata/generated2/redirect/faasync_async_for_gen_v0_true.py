# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=async_for_gen sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


async def agen(value):
    yield value


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = ""
    async for item in agen(param):
        bar = item
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
