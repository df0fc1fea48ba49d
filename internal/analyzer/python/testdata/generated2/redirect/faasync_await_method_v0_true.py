# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=await_method sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = await Loader().load(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
