# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=cookie propagation=if_fold_str_safe sink=v1 expected=false
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00324(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    return redirect(bar)


urlpatterns = [
    path("00324/", benchmark_test_00324),
]
