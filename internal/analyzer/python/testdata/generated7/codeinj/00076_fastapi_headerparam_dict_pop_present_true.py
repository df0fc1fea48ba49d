# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headerparam shape=dict_pop_present sink=v2 expected=true
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00076")
async def case_00076(request: Request, x_query: str = Header("")):
    param = x_query
    d = {"a": param}
    bar = d.pop("a", "none")
    result = eval(bar)  # want: PY-CODE-INJECTION
    return {"result": str(result)}
