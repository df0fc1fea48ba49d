# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=pathparam propagation=if_fold_mod_safe (helper class) sink=v2 expected=false
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.get("/00006/{test_id}")
def benchmark_test_00006(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return {"result": str(result)}
