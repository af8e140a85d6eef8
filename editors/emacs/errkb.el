;;; errkb.el --- Explain errors in logs with errkb-lsp and eglot  -*- lexical-binding: t; -*-

;; Author: errkb developers
;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: tools, languages, processes
;; SPDX-License-Identifier: MIT

;;; Commentary:

;; errkb recognises error output (build, CI and server logs, captured terminal output) and says
;; what it means and what to do.  This file connects its language server, errkb-lsp, to Emacs
;; through eglot:
;;
;;   (require 'errkb)
;;   (errkb-setup)
;;
;; Files ending in .log, .out and .err open in `errkb-log-mode', and eglot starts errkb-lsp for
;; them; recognised errors show up through flymake, and `eldoc' (or M-x eglot-code-actions) gives
;; the cause and the fixes.  Plain-text buffers can use it too: see `errkb-text-modes'.

;;; Code:

(require 'eglot)

(defgroup errkb nil
  "Explain errors in logs with errkb-lsp."
  :group 'tools
  :prefix "errkb-")

(defcustom errkb-server-command nil
  "Command that starts errkb-lsp, as a list of strings.
nil means `errkb-python' -m errkb_lsp when that is set, else
\"errkb-lsp\" when it is on `exec-path', else \"python3 -m errkb_lsp\"."
  :type '(choice (const :tag "Automatic" nil) (repeat string)))

(defcustom errkb-python nil
  "Python interpreter that has errkb installed.
Used when `errkb-server-command' is nil.  Set it to a virtual
environment's interpreter when errkb-lsp is not on `exec-path'."
  :type '(choice (const :tag "Automatic" nil) file))

(defcustom errkb-settings nil
  "The errkb settings section, as a plist, sent as initializationOptions.
Keys: :ignore (vector of record ids), :severity (plist of id or
domain to \"error\", \"warning\", \"information\" or \"hint\"),
:globs (vector), :knowledgeBasePaths (vector of directories),
:fuzzy (t or :json-false), :maxFileSize (bytes).
Example: (:ignore [\"npm/eresolve\"] :fuzzy :json-false)."
  :type 'plist)

(defcustom errkb-log-extensions '("log" "out" "err")
  "File name extensions that open in `errkb-log-mode'."
  :type '(repeat string))

(defcustom errkb-text-modes nil
  "Other major modes errkb-lsp should serve, e.g. (text-mode) for *.txt files.
The server is told their language is \"plaintext\"."
  :type '(repeat symbol))

(defcustom errkb-auto-start t
  "Whether `errkb-setup' starts eglot automatically in `errkb-log-mode' buffers."
  :type 'boolean)

;;;###autoload
(define-derived-mode errkb-log-mode text-mode "Log"
  "Major mode for log files and captured terminal output, served by errkb-lsp."
  ;; Logs are long single-purpose lines: wrapping hides where a line starts.
  (setq-local truncate-lines t)
  (setq-local require-final-newline nil))

(defun errkb-server-command ()
  "The command that starts errkb-lsp, as a list of strings."
  (or errkb-server-command
      (and errkb-python (list errkb-python "-m" "errkb_lsp"))
      (and (executable-find "errkb-lsp") (list "errkb-lsp"))
      (list (or (executable-find "python3") "python") "-m" "errkb_lsp")))

(defun errkb--contact (&optional _interactive)
  "Eglot contact for errkb-lsp: the command and the initializationOptions."
  (append (errkb-server-command)
          (list :initializationOptions (or errkb-settings (make-hash-table)))))

(defun errkb--log-file-regexp ()
  "A regexp matching file names with one of `errkb-log-extensions'."
  (concat "\\." (regexp-opt errkb-log-extensions) "\\'"))

;;;###autoload
(defun errkb-setup ()
  "Register errkb-lsp with eglot and open log files in `errkb-log-mode'."
  (interactive)
  (when errkb-log-extensions
    (add-to-list 'auto-mode-alist (cons (errkb--log-file-regexp) 'errkb-log-mode)))
  (let ((modes (cons '(errkb-log-mode :language-id "log")
                     (mapcar (lambda (mode) (list mode :language-id "plaintext"))
                             errkb-text-modes))))
    ;; Replace an earlier registration instead of stacking a second one.
    (setq eglot-server-programs
          (cons (cons modes #'errkb--contact)
                (seq-remove (lambda (entry) (eq (cdr entry) #'errkb--contact))
                            eglot-server-programs))))
  (when errkb-auto-start
    (add-hook 'errkb-log-mode-hook #'eglot-ensure)
    (dolist (mode errkb-text-modes)
      (add-hook (intern (format "%s-hook" mode)) #'eglot-ensure))))

(provide 'errkb)
;;; errkb.el ends here
