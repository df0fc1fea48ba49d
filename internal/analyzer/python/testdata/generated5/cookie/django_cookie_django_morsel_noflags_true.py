# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=cookie shape=django_morsel_noflags expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00258(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.cookies["sessionid"] = bar  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00258/", benchmark_test_00258),
]
