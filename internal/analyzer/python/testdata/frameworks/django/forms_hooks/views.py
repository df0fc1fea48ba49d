# Django forms: cleaned_data of checked fields (IntegerField, ChoiceField)
# holds no injection, text fields hold the input; a FormView's form_valid()
# gets the bound form; middleware's process_exception is an error handler;
# random.choice of a few constants is no secret.
import random
import secrets
import subprocess
import traceback

from django.http import HttpResponse
from django.urls import path
from django.views.generic import FormView

from .forms import ExportForm, NoteForm


def export(request):
    form = ExportForm(request.GET)
    if form.is_valid():
        data = form.cleaned_data
        subprocess.run("export --days %d --kind %s" % (data["days"], data["kind"]), shell=True)
        subprocess.run("tag " + data["label"], shell=True)  # want: PY-CMDI
    return HttpResponse("ok")


class NoteView(FormView):
    form_class = NoteForm
    template_name = "note.html"

    def form_valid(self, form):
        subprocess.run("notify '%s'" % form.cleaned_data["subject"], shell=True)  # want: PY-CMDI
        return HttpResponse("sent")


class Notifier:
    # Not a view: no framework calls this form_valid with a request's form.
    def form_valid(self, form):
        subprocess.run("notify '%s'" % form.cleaned_data["subject"], shell=True)


class ErrorPages:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.set_cookie("ab_bucket", random.choice(["a", "b"]), secure=True, httponly=True, samesite="Lax")
        response.set_cookie("remember_token", str(random.random()), secure=True, httponly=True, samesite="Lax")  # want: PY-WEAK-RANDOM
        response.set_cookie("remember_token2", secrets.token_urlsafe(16), secure=True, httponly=True, samesite="Lax")
        return response

    def process_exception(self, request, exception):
        return HttpResponse("<pre>%s</pre>" % traceback.format_exc(), status=500)  # want: PY-VERBOSE-ERROR


urlpatterns = [path("export/", export), path("note/", NoteView.as_view())]
