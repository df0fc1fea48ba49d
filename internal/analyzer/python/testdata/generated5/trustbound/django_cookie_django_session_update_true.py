# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=django_session_update expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00446(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    request.session.update({"display_name": bar})  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00446/", benchmark_test_00446),
]
