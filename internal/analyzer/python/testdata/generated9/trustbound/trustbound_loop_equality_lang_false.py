# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=loop_equality_lang expected=false
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

LANGS = ("en", "de", "fr")


def case_loop_equality_lang(request):
    param = request.GET.get("q", "")
    for lang in LANGS:
        if lang == param:
            request.session["lang"] = lang
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_loop_equality_lang/", case_loop_equality_lang),
]
