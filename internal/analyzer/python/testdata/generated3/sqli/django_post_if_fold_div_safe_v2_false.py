# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=post propagation=if_fold_div_safe sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def benchmark_test_00005(request):
    param = request.POST.get("BenchmarkTest", "")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00005/", benchmark_test_00005),
]
