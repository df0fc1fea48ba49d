# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headerparam shape=zip_star_values sink=v2 expected=true
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00167")
def benchmark_test_00167(request: Request, referer: str = Header("")):
    param = referer
    names, values = zip(("a", "safe"), ("b", param))
    bar = values[1]
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
