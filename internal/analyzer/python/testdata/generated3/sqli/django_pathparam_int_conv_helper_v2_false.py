# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=pathparam propagation=int_conv (helper class) sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00026(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00026/<str:test_id>/", benchmark_test_00026),
]
