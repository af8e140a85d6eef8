# Sourced by the django capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/python.sh"

# django_project: in the current directory, the smallest project the django captures need:
# project "mysite" (sqlite, DEBUG off, ALLOWED_HOSTS localhost), app "blog" with one model
# Post, manage.py, and a root URLconf whose index view counts posts. A capture that needs
# other views overwrites mysite/urls.py afterwards.
django_project() {
    mkdir -p mysite blog
    echo > mysite/__init__.py
    cat > mysite/settings.py <<'PY'
SECRET_KEY = "capture-only"
DEBUG = False
ALLOWED_HOSTS = ["localhost"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "blog"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
ROOT_URLCONF = "mysite.urls"
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
USE_TZ = True
PY
    cat > mysite/urls.py <<'PY'
from django.http import HttpResponse
from django.urls import path
from blog.models import Post
def index(request):
    return HttpResponse(str(Post.objects.count()))
urlpatterns = [path("", index)]
PY
    echo > blog/__init__.py
    cat > blog/models.py <<'PY'
from django.db import models
class Post(models.Model):
    title = models.CharField(max_length=200)
PY
    cat > manage.py <<'PY'
import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
from django.core.management import execute_from_command_line
execute_from_command_line(sys.argv)
PY
}
