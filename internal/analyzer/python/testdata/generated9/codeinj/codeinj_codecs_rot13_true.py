# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=django shape=codecs_rot13 expected=true
import codecs
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_codecs_rot13(request):
    param = request.POST.get("q", "")
    value = eval(codecs.decode(param, "rot13"))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(value)})


urlpatterns = [
    path("codeinj_codecs_rot13/", case_codecs_rot13),
]
