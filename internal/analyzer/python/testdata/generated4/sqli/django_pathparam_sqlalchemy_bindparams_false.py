# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=pathparam shape=sqlalchemy_bindparams sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def benchmark_test_00316(request, test_id):
    param = test_id
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as c:
        stmt = text("SELECT id FROM users WHERE name = :n").bindparams(n=bar)
        result = c.execute(stmt).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00316/<str:test_id>/", benchmark_test_00316),
]
