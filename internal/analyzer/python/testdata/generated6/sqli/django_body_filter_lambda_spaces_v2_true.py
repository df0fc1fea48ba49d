# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=body shape=filter_lambda_spaces sink=v2 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def benchmark_test_00157(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = "".join(filter(lambda ch: ch != " ", param))
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00157/", benchmark_test_00157),
]
