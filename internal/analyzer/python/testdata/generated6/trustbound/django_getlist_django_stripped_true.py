# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=getlist shape=django_stripped sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00465(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    request.session["display_name"] = bar.strip()  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00465/", benchmark_test_00465),
]
