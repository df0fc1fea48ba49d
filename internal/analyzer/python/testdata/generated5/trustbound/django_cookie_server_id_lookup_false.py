# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=server_id_lookup expected=false
from django.http import JsonResponse
from django.urls import path

USER_IDS = {"alice": 1, "bob": 2}


def benchmark_test_00430(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    request.session["user_id"] = USER_IDS.get(bar, 0)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00430/", benchmark_test_00430),
]
