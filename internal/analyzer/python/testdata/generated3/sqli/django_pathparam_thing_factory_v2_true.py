# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=pathparam propagation=thing_factory sink=v2 expected=true
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00026(request, test_id):
    param = test_id
    thing = make_thing()
    bar = thing.do_something(param)
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00026/<str:test_id>/", benchmark_test_00026),
]
